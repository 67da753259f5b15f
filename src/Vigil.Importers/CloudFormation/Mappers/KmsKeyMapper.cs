using Vigil.Core.Model.Kms;
using Vigil.Importers.CloudFormation.Mapping;

namespace Vigil.Importers.CloudFormation.Mappers;

/// <summary>AWS::KMS::Key. Without KeyPolicy the key gets KMS's default key policy, which lets the account's IAM
/// policies grant access (https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-default.html).</summary>
internal sealed class KmsKeyMapper : IResourceMapper
{
    public string Type => "AWS::KMS::Key";

    public void Map(MappedResource r, MappingContext context)
    {
        var spec = r.String("KeySpec", "KeySpec") ?? "SYMMETRIC_DEFAULT";
        context.Add(new KmsKey
        {
            Arn = r.Arn,
            Name = r.Name,
            AccountId = r.Account,
            Region = r.Region,
            Tags = r.Tags(),
            KeyId = r.Identity.Ref,
            KeyState = r.Bool("KeyState", "Enabled") == false ? "Disabled" : "Enabled",
            KeySpec = spec,
            KeyUsage = r.String("KeyUsage", "KeyUsage") ?? "ENCRYPT_DECRYPT",
            Origin = r.String("Origin", "Origin") ?? "AWS_KMS",
            RotationEnabled = spec == "SYMMETRIC_DEFAULT" ? r.Bool("RotationEnabled", "EnableKeyRotation") ?? false : null,
            Policy = r.Json("Policy", "KeyPolicy") ?? DefaultPolicy(r),
            MultiRegion = r.Bool("MultiRegion", "MultiRegion") ?? false,
        }, r);
    }

    private static string DefaultPolicy(MappedResource r) =>
        $$"""{"Version":"2012-10-17","Id":"key-default-1","Statement":[{"Sid":"Enable IAM User Permissions","Effect":"Allow","Principal":{"AWS":"arn:{{r.Arn.Split(':')[1]}}:iam::{{r.Account}}:root"},"Action":"kms:*","Resource":"*"}]}""";
}
