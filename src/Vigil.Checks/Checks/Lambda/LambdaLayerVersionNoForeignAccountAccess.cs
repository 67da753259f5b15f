using Vigil.Access.Exposure;
using Vigil.Checks.Policies;
using Vigil.Core.Checks;
using Vigil.Core.Model.Lambda;

namespace Vigil.Checks.Checks.Lambda;

internal sealed class LambdaLayerVersionNoForeignAccountAccess : ForeignAccountPolicyCheck<LambdaLayerVersion>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "lambda-layer-version-no-foreign-account-access",
        Title = "Lambda layer versions are not shared with accounts outside the scanned estate",
        Severity = Severity.Medium,
        Service = "lambda",
        Domain = Domain.Identity,
        Risk = "A layer version shared with another account, or with an organization that is not yours, lets that account download the layer's code and bundled files. A share granted for a past partner or a mistyped account id keeps handing out internal libraries to whoever controls that account.",
        Remediation = new()
        {
            Text = "Remove the permissions of accounts that no longer use the layer version (aws lambda remove-layer-version-permission); share new versions only with the accounts that need them, or with your own organization. Accounts in the scanned snapshot and in the trustedAccounts setting (docs/configuration.md) count as your own, and a share limited by aws:PrincipalOrgID to your organization passes; a layer version shared with every account fails lambda-layer-version-not-public instead. The check asks Vigil's IAM engine, for each foreign account the policy names, whether its principals may get or manage the layer version.",
            Cli = """
                aws lambda get-layer-version-policy --layer-name LAYER --version-number VERSION --query Policy --output text
                aws lambda remove-layer-version-permission --layer-name LAYER --version-number VERSION --statement-id FOREIGN_STATEMENT_ID
                """,
            Terraform = """
                # Keep only the shares you mean; delete the aws_lambda_layer_version_permission of a foreign account.
                resource "aws_lambda_layer_version_permission" "partner" {
                  layer_name     = aws_lambda_layer_version.this.layer_arn
                  version_number = aws_lambda_layer_version.this.version
                  statement_id   = "partner"
                  action         = "lambda:GetLayerVersion"
                  principal      = "PARTNER_ACCOUNT_ID"
                }
                """,
            CloudFormation = """
                # Keep only the shares you mean; delete the AWS::Lambda::LayerVersionPermission of a foreign account.
                PartnerPermission:
                  Type: AWS::Lambda::LayerVersionPermission
                  Properties:
                    Action: lambda:GetLayerVersion
                    LayerVersionArn: !Ref LayerVersion
                    Principal: PARTNER_ACCOUNT_ID
                """,
            Url = "https://docs.aws.amazon.com/lambda/latest/dg/permissions-layer-cross-account.html",
        },
    };

    protected override ExposureProbeSet Probes => ExposureProbeSets.LambdaLayerVersion;

    protected override string PolicyKind => "layer version policy";

    protected override string Reach => "use or manage the layer version";

    protected override string? PolicyOf(LambdaLayerVersion layer) => layer.Policy;
}
