using Vigil.Access.Exposure;
using Vigil.Checks.Policies;
using Vigil.Core.Checks;
using Vigil.Core.Model.Lambda;

namespace Vigil.Checks.Checks.Lambda;

internal sealed class LambdaLayerVersionNotPublic : Check<LambdaLayerVersion>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "lambda-layer-version-not-public",
        Title = "Lambda layer versions are not shared with every AWS account",
        Severity = Severity.High,
        Service = "lambda",
        Domain = Domain.Identity,
        Risk = "A layer version whose policy allows Principal \"*\" without an organization condition lets a principal of any AWS account download its content (lambda:GetLayerVersion returns a link to the archive). Layers often bundle internal libraries, configuration files and, by mistake, credentials; anyone who finds the ARN can read them.",
        Remediation = new()
        {
            Text = "Remove the statement that shares the layer version with every account (aws lambda remove-layer-version-permission) and share it with the exact accounts that use it, or with your organization (--organization-id). Permissions belong to one layer version: check every version of the layer. The check asks Vigil's IAM engine whether a role session of an unknown account, whose own identity policy allows everything, may get, manage or delete the layer version.",
            Cli = """
                aws lambda get-layer-version-policy --layer-name LAYER --version-number VERSION --query Policy --output text
                aws lambda remove-layer-version-permission --layer-name LAYER --version-number VERSION --statement-id PUBLIC_STATEMENT_ID
                aws lambda add-layer-version-permission --layer-name LAYER --version-number VERSION --statement-id organization \
                  --action lambda:GetLayerVersion --principal '*' --organization-id o-ORGANIZATION_ID
                """,
            Terraform = """
                resource "aws_lambda_layer_version_permission" "organization" {
                  layer_name      = aws_lambda_layer_version.this.layer_arn
                  version_number  = aws_lambda_layer_version.this.version
                  statement_id    = "organization"
                  action          = "lambda:GetLayerVersion"
                  principal       = "*"
                  organization_id = "o-ORGANIZATION_ID"
                }
                """,
            CloudFormation = """
                LayerOrganizationPermission:
                  Type: AWS::Lambda::LayerVersionPermission
                  Properties:
                    Action: lambda:GetLayerVersion
                    LayerVersionArn: !Ref LayerVersion
                    Principal: "*"
                    OrganizationId: o-ORGANIZATION_ID
                """,
            Url = "https://docs.aws.amazon.com/lambda/latest/dg/permissions-layer-cross-account.html",
        },
    };

    public override IReadOnlyList<string>? Reads => ["Policy"];

    public override CheckOutcome Evaluate(LambdaLayerVersion layer, CheckContext context) =>
        PublicResourcePolicy.Evaluate(layer, layer.Policy, context, ExposureProbeSets.LambdaLayerVersion, "layer version policy");
}
