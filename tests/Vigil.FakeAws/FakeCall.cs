namespace Vigil.ScriptedAws;

/// <summary>One request the fake answered: "service:Operation" (or the path, when it could not be recognised), the
/// region signed for, the HTTP status sent and, for an error, its code; over HTTP also when the request arrived and
/// when its answer was sent, from the server's start.</summary>
public sealed record FakeCall(string Key, string Region, int Status, string? ErrorCode = null)
{
    public TimeSpan Received { get; init; }
    public TimeSpan Answered { get; init; }
}
