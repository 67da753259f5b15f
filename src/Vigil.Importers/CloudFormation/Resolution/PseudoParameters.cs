namespace Vigil.Importers.CloudFormation.Resolution;

/// <summary>The values of the AWS:: pseudo parameters for an imagined deployment to an account and region.</summary>
internal static class PseudoParameters
{
    public static string Partition(string region) =>
        region.StartsWith("cn-", StringComparison.Ordinal) ? "aws-cn"
        : region.StartsWith("us-gov-", StringComparison.Ordinal) ? "aws-us-gov"
        : "aws";

    /// <summary>The value of <paramref name="name"/>, or null when it is not a pseudo parameter.</summary>
    public static CfnValue? Value(string name, string account, string region) => name switch
    {
        "AWS::AccountId" => new CfnString(account),
        "AWS::Region" => new CfnString(region),
        "AWS::Partition" => new CfnString(Partition(region)),
        "AWS::URLSuffix" => new CfnString(region.StartsWith("cn-", StringComparison.Ordinal) ? "amazonaws.com.cn" : "amazonaws.com"),
        "AWS::NoValue" => CfnNoValue.Instance,
        "AWS::StackName" or "AWS::StackId" or "AWS::NotificationARNs" => new CfnUnknown($"the pseudo parameter {name}, known only at deployment"),
        _ => null,
    };
}
