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
}
