namespace Vigil.Cli;

internal static class ExitCodes
{
    public const int Completed = 0;
    public const int FailOnThreshold = 1;
    public const int UsageError = 2;
}
