namespace Vigil.ScriptedAws.Script;

/// <summary>How the fake answers an operation the script says nothing about.</summary>
public enum UnscriptedCalls
{
    /// <summary>An empty output: an account without such resources.</summary>
    AnswerEmpty,
    /// <summary>A 400 "UnscriptedOperation" error in the service's protocol.</summary>
    Fail,
}
