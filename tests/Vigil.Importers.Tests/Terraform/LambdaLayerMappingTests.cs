using System.Text.Json;

namespace Vigil.Importers.Tests.Terraform;

public sealed class LambdaLayerMappingTests
{
    private const string Layer = """{"layer_name":"shared-libs","description":"Shared libraries","compatible_runtimes":["python3.12"],"compatible_architectures":["arm64"]}""";
    private const string LayerUnknown = """{"arn":true,"layer_arn":true,"version":true,"created_date":true}""";
    private const string LayerExpressions = """{"layer_name":{"constant_value":"shared-libs"}}""";
    private const string PermissionUnknown = """{"id":true,"layer_name":true,"version_number":true,"policy":true,"revision_id":true}""";
    private const string PermissionExpressions =
        """{"layer_name":{"references":["aws_lambda_layer_version.libs.layer_arn","aws_lambda_layer_version.libs"]},"version_number":{"references":["aws_lambda_layer_version.libs.version","aws_lambda_layer_version.libs"]}}""";

    [Fact]
    public async Task LayerVersionPermissions_BecomeTheLayerVersionPolicy()
    {
        var snapshot = await InlinePlan.ImportAsync(
            ("aws_lambda_layer_version", "libs", Layer, LayerUnknown, LayerExpressions),
            ("aws_lambda_layer_version_permission", "organization",
                """{"statement_id":"organization","action":"lambda:GetLayerVersion","principal":"*","organization_id":"o-acme1234ab","skip_destroy":false}""",
                PermissionUnknown, PermissionExpressions),
            ("aws_lambda_layer_version_permission", "partner",
                """{"statement_id":"partner","action":"lambda:GetLayerVersion","principal":"210987654321","skip_destroy":false}""",
                PermissionUnknown, PermissionExpressions));

        var layer = Assert.Single(snapshot.LambdaLayerVersions);
        Assert.Equal(("arn:aws:lambda:us-east-1:000000000000:layer:shared-libs:1", "shared-libs", 1L), (layer.Arn, layer.LayerName, layer.Version));
        Assert.Equal(("Shared libraries", "python3.12", "arm64"), (layer.Description, layer.CompatibleRuntimes.Single(), layer.CompatibleArchitectures.Single()));
        Assert.Empty(layer.Unreadable);
        using var policy = JsonDocument.Parse(layer.Policy!);
        var statements = policy.RootElement.GetProperty("Statement").EnumerateArray().ToDictionary(s => s.GetProperty("Sid").GetString()!);
        Assert.Equal("*", statements["organization"].GetProperty("Principal").GetString());
        Assert.Equal("o-acme1234ab", statements["organization"].GetProperty("Condition").GetProperty("StringEquals").GetProperty("aws:PrincipalOrgID").GetString());
        Assert.Equal("arn:aws:iam::210987654321:root", statements["partner"].GetProperty("Principal").GetProperty("AWS").GetString());
        Assert.All(statements.Values, s => Assert.Equal(layer.Arn, s.GetProperty("Resource").GetString()));
        Assert.All(statements.Values, s => Assert.Equal("lambda:GetLayerVersion", s.GetProperty("Action").GetString()));
    }

    [Fact]
    public async Task LayerVersionWithoutPermissions_HasNoPolicy()
    {
        var snapshot = await InlinePlan.ImportAsync(("aws_lambda_layer_version", "libs", Layer, LayerUnknown, LayerExpressions));
        Assert.Null(Assert.Single(snapshot.LambdaLayerVersions).Policy);
    }
}
