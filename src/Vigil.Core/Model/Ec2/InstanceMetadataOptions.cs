namespace Vigil.Core.Model.Ec2;

public sealed record InstanceMetadataOptions
{
    /// <summary>required (IMDSv2 only) or optional (IMDSv1 allowed).</summary>
    public string HttpTokens { get => field ?? "optional"; init; }
    /// <summary>enabled or disabled.</summary>
    public string HttpEndpoint { get => field ?? "enabled"; init; }
    public int HttpPutResponseHopLimit { get; init; }

    public bool RequiresImdsV2 => HttpTokens == "required" || HttpEndpoint == "disabled";
}
