namespace Vigil.Core.Checks;

/// <summary>The verdict of one check on one resource. <see cref="OutcomeKind.NotApplicable"/> yields no finding.</summary>
public readonly record struct CheckOutcome(OutcomeKind Kind, string? Message)
{
    public static CheckOutcome Pass(string? message = null) => new(OutcomeKind.Pass, message);
    public static CheckOutcome Pass(ref PassMessageHandler message) => new(OutcomeKind.Pass, message.ToStringAndClear());
    public static CheckOutcome Fail(string message) => new(OutcomeKind.Fail, message);
    public static CheckOutcome Error(string message) => new(OutcomeKind.Error, message);
    public static CheckOutcome Manual(string message) => new(OutcomeKind.Manual, message);
    public static CheckOutcome NotApplicable { get; } = new(OutcomeKind.NotApplicable, null);
}
