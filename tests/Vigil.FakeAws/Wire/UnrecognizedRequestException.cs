namespace Vigil.ScriptedAws.Wire;

/// <summary>A request the fake cannot attribute to an operation of Vigil's models.</summary>
public sealed class UnrecognizedRequestException(string message) : Exception(message);
