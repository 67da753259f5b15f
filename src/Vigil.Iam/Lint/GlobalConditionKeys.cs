using Vigil.Iam.Catalog;

namespace Vigil.Iam.Lint;

/// <summary>The aws: condition keys every service supports, with their types (IAM User Guide, "AWS global condition
/// context keys"), plus aws:SourceOwner, the legacy key of the default SNS topic policy. The action catalog documents
/// service keys only.</summary>
internal static class GlobalConditionKeys
{
    private static readonly (string Name, ConditionKeyType Type)[] Keys =
    [
        ("aws:AssumedRoot", ConditionKeyType.Bool),
        ("aws:CalledVia", ConditionKeyType.ArrayOfString),
        ("aws:CalledViaFirst", ConditionKeyType.String),
        ("aws:CalledViaLast", ConditionKeyType.String),
        ("aws:ChatbotSourceArn", ConditionKeyType.Arn),
        ("aws:CurrentTime", ConditionKeyType.Date),
        ("aws:Ec2InstanceSourcePrivateIPv4", ConditionKeyType.IPAddress),
        ("aws:Ec2InstanceSourceVpc", ConditionKeyType.String),
        ("aws:EpochTime", ConditionKeyType.Date),
        ("aws:FederatedProvider", ConditionKeyType.String),
        ("aws:MultiFactorAuthAge", ConditionKeyType.Numeric),
        ("aws:MultiFactorAuthPresent", ConditionKeyType.Bool),
        ("aws:PrincipalAccount", ConditionKeyType.String),
        ("aws:PrincipalArn", ConditionKeyType.Arn),
        ("aws:PrincipalIsAWSService", ConditionKeyType.Bool),
        ("aws:PrincipalOrgID", ConditionKeyType.String),
        ("aws:PrincipalOrgPaths", ConditionKeyType.ArrayOfString),
        ("aws:PrincipalServiceName", ConditionKeyType.String),
        ("aws:PrincipalServiceNamesList", ConditionKeyType.ArrayOfString),
        ("aws:PrincipalTag/${TagKey}", ConditionKeyType.String),
        ("aws:PrincipalType", ConditionKeyType.String),
        ("aws:Referer", ConditionKeyType.String),
        ("aws:RequestedRegion", ConditionKeyType.String),
        ("aws:RequestTag/${TagKey}", ConditionKeyType.String),
        ("aws:ResourceAccount", ConditionKeyType.String),
        ("aws:ResourceOrgID", ConditionKeyType.String),
        ("aws:ResourceOrgPaths", ConditionKeyType.ArrayOfString),
        ("aws:ResourceTag/${TagKey}", ConditionKeyType.String),
        ("aws:SecureTransport", ConditionKeyType.Bool),
        ("aws:SourceAccount", ConditionKeyType.String),
        ("aws:SourceArn", ConditionKeyType.Arn),
        ("aws:SourceIdentity", ConditionKeyType.String),
        ("aws:SourceIp", ConditionKeyType.IPAddress),
        ("aws:SourceOrgID", ConditionKeyType.String),
        ("aws:SourceOwner", ConditionKeyType.String),
        ("aws:SourceOrgPaths", ConditionKeyType.ArrayOfString),
        ("aws:SourceVpc", ConditionKeyType.String),
        ("aws:SourceVpcArn", ConditionKeyType.Arn),
        ("aws:SourceVpce", ConditionKeyType.String),
        ("aws:TagKeys", ConditionKeyType.ArrayOfString),
        ("aws:TokenIssueTime", ConditionKeyType.Date),
        ("aws:UserAgent", ConditionKeyType.String),
        ("aws:userid", ConditionKeyType.String),
        ("aws:username", ConditionKeyType.String),
        ("aws:ViaAWSService", ConditionKeyType.Bool),
        ("aws:VpceAccount", ConditionKeyType.String),
        ("aws:VpceOrgID", ConditionKeyType.String),
        ("aws:VpceOrgPaths", ConditionKeyType.ArrayOfString),
        ("aws:VpcSourceIp", ConditionKeyType.IPAddress),
    ];

    public static IEnumerable<string> Names => Keys.Select(k => k.Name);

    /// <summary>The type of a global key as written in a policy (tag keys resolve to their template), or null.</summary>
    public static ConditionKeyType? TypeOf(string key)
    {
        foreach (var (name, type) in Keys)
        {
            if (name.Contains('$', StringComparison.Ordinal) ? Wildcards.Matches(TemplatePatterns.Of(name), key) : string.Equals(name, key, StringComparison.OrdinalIgnoreCase))
                return type;
        }

        return null;
    }
}
