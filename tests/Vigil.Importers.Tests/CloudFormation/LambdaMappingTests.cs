using System.Text.Json;

namespace Vigil.Importers.Tests.CloudFormation;

public sealed class LambdaMappingTests
{
    [Fact]
    public void Permission_IsAStatementOfTheFunctionPolicy()
    {
        var snapshot = TemplateImport.Text("""
            Resources:
              Fn:
                Type: AWS::Lambda::Function
                Properties:
                  Runtime: python3.12
                  Role: arn:aws:iam::000000000000:role/fn
              Invoke:
                Type: AWS::Lambda::Permission
                Properties:
                  FunctionName: !GetAtt Fn.Arn
                  Action: lambda:InvokeFunction
                  Principal: s3.amazonaws.com
                  SourceAccount: !Ref AWS::AccountId
            """);
        var function = Assert.Single(snapshot.LambdaFunctions);
        var statement = JsonDocument.Parse(function.Policy!).RootElement.GetProperty("Statement")[0];
        Assert.Equal("s3.amazonaws.com", statement.GetProperty("Principal").GetProperty("Service").GetString());
        Assert.Equal(function.Arn, statement.GetProperty("Resource").GetString());
        Assert.Equal("000000000000", statement.GetProperty("Condition").GetProperty("StringEquals").GetProperty("AWS:SourceAccount").GetString());
    }

    [Fact]
    public void Function_WithAContainerImage_HasNoRuntime()
    {
        var function = Assert.Single(TemplateImport.Text("Resources:\n  Fn:\n    Type: AWS::Lambda::Function\n    Properties:\n      Role: r\n      Code: {ImageUri: 1.dkr.ecr.us-east-1.amazonaws.com/app:1}\n").LambdaFunctions);
        Assert.Equal("Image", function.PackageType);
        Assert.Null(function.Runtime);
    }

    [Fact]
    public void LayerVersionPermissions_AreStatementsOfTheLayerVersionPolicy()
    {
        var snapshot = TemplateImport.Text("""
            Resources:
              Libs:
                Type: AWS::Lambda::LayerVersion
                Properties:
                  LayerName: shared-libs
                  Description: Shared libraries
                  CompatibleRuntimes: [python3.12]
                  Content: {S3Bucket: artifacts, S3Key: libs.zip}
              Organization:
                Type: AWS::Lambda::LayerVersionPermission
                Properties:
                  Action: lambda:GetLayerVersion
                  LayerVersionArn: !Ref Libs
                  Principal: "*"
                  OrganizationId: o-acme1234ab
              Partner:
                Type: AWS::Lambda::LayerVersionPermission
                Properties:
                  Action: lambda:GetLayerVersion
                  LayerVersionArn: !Ref Libs
                  Principal: "210987654321"
              Fn:
                Type: AWS::Lambda::Function
                Properties:
                  Runtime: python3.12
                  Role: arn:aws:iam::000000000000:role/fn
                  Layers: [!Ref Libs]
            """);
        var layer = Assert.Single(snapshot.LambdaLayerVersions);
        Assert.Equal(("arn:aws:lambda:us-east-1:000000000000:layer:shared-libs:1", "shared-libs", 1L), (layer.Arn, layer.LayerName, layer.Version));
        Assert.Equal(["python3.12"], layer.CompatibleRuntimes);
        var statements = JsonDocument.Parse(layer.Policy!).RootElement.GetProperty("Statement").EnumerateArray().ToDictionary(s => s.GetProperty("Sid").GetString()!);
        Assert.Equal("*", statements["Organization"].GetProperty("Principal").GetString());
        Assert.Equal("o-acme1234ab", statements["Organization"].GetProperty("Condition").GetProperty("StringEquals").GetProperty("aws:PrincipalOrgID").GetString());
        Assert.Equal("arn:aws:iam::210987654321:root", statements["Partner"].GetProperty("Principal").GetProperty("AWS").GetString());
        Assert.All(statements.Values, s => Assert.Equal(layer.Arn, s.GetProperty("Resource").GetString()));
        Assert.Equal([layer.Arn], Assert.Single(snapshot.LambdaFunctions).Layers);
    }
}
