namespace Vigil.Core.Checks;

public sealed record Remediation
{
    public required string Text { get; init; }
    public required string Cli { get; init; }
    public required string Terraform { get; init; }
    public required string CloudFormation { get; init; }
    public required string Url { get; init; }
}
