namespace Vigil.Core;

/// <summary>Unusable user input (a malformed file, an unknown value). The message names the problem and is shown as is.</summary>
public sealed class VigilInputException : Exception
{
    public VigilInputException(string message) : base(message)
    {
    }

    public VigilInputException(string message, Exception innerException) : base(message, innerException)
    {
    }

    public VigilInputException()
    {
    }
}
