namespace Vigil.Core.Model.Ec2;

public sealed record FlowLog
{
    public required string FlowLogId { get; init; }
    /// <summary>ACCEPT, REJECT or ALL.</summary>
    public string TrafficType { get => field ?? "ALL"; init; }
    /// <summary>ACTIVE when delivering.</summary>
    public string Status { get => field ?? "ACTIVE"; init; }
    public string? LogDestination { get; init; }
}
