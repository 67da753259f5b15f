using Vigil.Core.Model.Lambda;
using Vigil.Importers.CloudFormation.Mapping;

namespace Vigil.Importers.CloudFormation.Mappers;

/// <summary>AWS::Lambda::Url: the function's URL auth type (AWS_IAM or NONE).</summary>
internal sealed class LambdaUrlMapper : IResourceMapper
{
    public string Type => "AWS::Lambda::Url";

    public bool ConfiguresAnother => true;

    public void Map(MappedResource r, MappingContext context)
    {
        if (context.Target<LambdaFunction>(r.Value("TargetFunctionArn")) is not { } function) return;
        var authType = r.String("FunctionUrlAuthType", "AuthType");
        context.Join<LambdaFunction>(r, function, "FunctionUrlAuthType", f => f with { FunctionUrlAuthType = authType });
    }
}
