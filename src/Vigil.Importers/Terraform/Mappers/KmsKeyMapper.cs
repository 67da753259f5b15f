using Vigil.Core.Model.Kms;
using Vigil.Importers.Terraform.Plan;

namespace Vigil.Importers.Terraform.Mappers;

/// <summary>aws_kms_key with its aws_kms_key_policy and aliases. Without a policy, KMS gives the key its default key
/// policy, which lets the account's IAM policies grant access
/// (https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-default.html).</summary>
internal sealed class KmsKeyMapper : IResourceMapper
{
    public string Type => "aws_kms_key";

    public void Map(PlanInstance instance, MappingContext context)
    {
        var identity = context.Identity(instance);
        var unknowns = new Unknowns();
        var policy = context.Joined(instance, "aws_kms_key_policy", "key_id").Select(p => context.Read(p, "policy")).FirstOrDefault();
        if (policy.Path is null) policy = context.Read(instance, "policy");
        unknowns.Track("Policy", policy);
        var rotation = context.Read(instance, "enable_key_rotation");
        unknowns.Track("RotationEnabled", rotation);
        context.Add(new KmsKey
        {
            Arn = identity.Arn,
            Name = identity.Name,
            AccountId = context.AccountId,
            Region = context.Region(instance),
            Tags = context.Tags(instance),
            Location = context.Location(instance),
            KeyId = identity.Id,
            KeyState = context.Read(instance, "is_enabled").Bool == false ? "Disabled" : "Enabled",
            KeySpec = context.Read(instance, "customer_master_key_spec").String ?? "SYMMETRIC_DEFAULT",
            KeyUsage = context.Read(instance, "key_usage").String ?? "ENCRYPT_DECRYPT",
            RotationEnabled = rotation.IsUnknown ? null : rotation.Bool ?? false,
            Policy = policy.IsUnknown ? null : policy.String ?? DefaultPolicy(context.AccountId),
            MultiRegion = context.Read(instance, "multi_region").Bool ?? false,
            Aliases = context.Joined(instance, "aws_kms_alias", "target_key_id").Select(a => context.Read(a, "name").String).OfType<string>().ToList(),
        }, unknowns);
    }

    private static string DefaultPolicy(string account) =>
        $$"""{"Version":"2012-10-17","Id":"key-default-1","Statement":[{"Sid":"Enable IAM User Permissions","Effect":"Allow","Principal":{"AWS":"arn:aws:iam::{{account}}:root"},"Action":"kms:*","Resource":"*"}]}""";
}
