namespace Vigil.ScriptedAws.Wire;

/// <summary>An error the fake answers with: the service's error code, its message and the HTTP status.</summary>
public sealed record FakeError(string Code, string Message, int Status);
