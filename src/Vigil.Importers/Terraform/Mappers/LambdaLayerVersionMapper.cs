using Vigil.Core.Model.Lambda;
using Vigil.Importers.Policies;
using Vigil.Importers.Terraform.Plan;

namespace Vigil.Importers.Terraform.Mappers;

/// <summary>aws_lambda_layer_version (the first version of the layer) with the policy its
/// aws_lambda_layer_version_permission resources write, as AddLayerVersionPermission writes it.</summary>
internal sealed class LambdaLayerVersionMapper : IResourceMapper
{
    public string Type => "aws_lambda_layer_version";

    public void Map(PlanInstance instance, MappingContext context)
    {
        var identity = context.Identity(instance);
        var unknowns = new Unknowns();
        context.Add(new LambdaLayerVersion
        {
            Arn = identity.Arn,
            Name = $"{identity.Name}:1",
            AccountId = context.AccountId,
            Region = context.Region(instance),
            Location = context.Location(instance),
            LayerName = identity.Name,
            Version = 1,
            Description = context.Read(instance, "description").String,
            CompatibleRuntimes = context.Read(instance, "compatible_runtimes").Strings,
            CompatibleArchitectures = context.Read(instance, "compatible_architectures").Strings,
            LicenseInfo = context.Read(instance, "license_info").String,
            Policy = Policy(instance, identity.Arn, context, unknowns),
        }, unknowns);
    }

    private static string? Policy(PlanInstance layer, string arn, MappingContext context, Unknowns unknowns)
    {
        string? policy = null;
        foreach (var permission in context.Joined(layer, "aws_lambda_layer_version_permission", "layer_name"))
        {
            var principal = context.Read(permission, "principal");
            var organization = context.Read(permission, "organization_id");
            if (unknowns.Track("Policy", principal) | unknowns.Track("Policy", organization)) continue;
            var statement = LayerPermissionStatement.Of(context.Read(permission, "statement_id").String ?? permission.Address, arn,
                principal.String ?? "*", context.Read(permission, "action").String ?? "lambda:GetLayerVersion", organization.String);
            policy = LayerPermissionStatement.AddTo(policy, statement);
        }
        return policy;
    }
}
