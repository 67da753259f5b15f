namespace Vigil.Core.Checks;

/// <summary>Who owns a duty under the shared responsibility model.</summary>
public enum Responsibility
{
    Customer,
    Aws,
    Shared,
}
