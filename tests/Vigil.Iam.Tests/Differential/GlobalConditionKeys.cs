using Vigil.Iam.Catalog;

namespace Vigil.Iam.Tests.Differential;

/// <summary>AWS global condition context keys with their value types (IAM User Guide, AWS global condition context keys).</summary>
internal static class GlobalConditionKeys
{
    public static readonly TypedKey[] All =
    [
        new("aws:PrincipalArn", ConditionKeyType.Arn),
        new("aws:PrincipalAccount", ConditionKeyType.String),
        new("aws:PrincipalOrgID", ConditionKeyType.String),
        new("aws:PrincipalOrgPaths", ConditionKeyType.ArrayOfString),
        new("aws:PrincipalTag/team", ConditionKeyType.String),
        new("aws:PrincipalIsAWSService", ConditionKeyType.Bool),
        new("aws:PrincipalServiceName", ConditionKeyType.String),
        new("aws:PrincipalServiceNamesList", ConditionKeyType.ArrayOfString),
        new("aws:PrincipalType", ConditionKeyType.String),
        new("aws:userid", ConditionKeyType.String),
        new("aws:username", ConditionKeyType.String),
        new("aws:SourceIdentity", ConditionKeyType.String),
        new("aws:TokenIssueTime", ConditionKeyType.Date),
        new("aws:MultiFactorAuthAge", ConditionKeyType.Numeric),
        new("aws:MultiFactorAuthPresent", ConditionKeyType.Bool),
        new("aws:SourceIp", ConditionKeyType.IPAddress),
        new("aws:VpcSourceIp", ConditionKeyType.IPAddress),
        new("aws:SourceVpc", ConditionKeyType.String),
        new("aws:SourceVpce", ConditionKeyType.String),
        new("aws:ResourceAccount", ConditionKeyType.String),
        new("aws:ResourceOrgID", ConditionKeyType.String),
        new("aws:ResourceOrgPaths", ConditionKeyType.ArrayOfString),
        new("aws:ResourceTag/team", ConditionKeyType.String),
        new("aws:RequestTag/team", ConditionKeyType.String),
        new("aws:TagKeys", ConditionKeyType.ArrayOfString),
        new("aws:CalledVia", ConditionKeyType.ArrayOfString),
        new("aws:CalledViaFirst", ConditionKeyType.String),
        new("aws:ViaAWSService", ConditionKeyType.Bool),
        new("aws:CurrentTime", ConditionKeyType.Date),
        new("aws:EpochTime", ConditionKeyType.Date),
        new("aws:RequestedRegion", ConditionKeyType.String),
        new("aws:SecureTransport", ConditionKeyType.Bool),
        new("aws:SourceArn", ConditionKeyType.Arn),
        new("aws:SourceAccount", ConditionKeyType.String),
        new("aws:SourceOrgID", ConditionKeyType.String),
        new("aws:UserAgent", ConditionKeyType.String),
        new("aws:referer", ConditionKeyType.String),
    ];

    /// <summary>Single-valued keys a policy variable may name (AWS: multivalued keys cannot be policy variables).</summary>
    public static readonly string[] Variables =
        ["aws:username", "aws:userid", "aws:PrincipalTag/team", "aws:PrincipalAccount", "aws:SourceIdentity", "aws:RequestedRegion", "aws:ResourceTag/team"];
}
