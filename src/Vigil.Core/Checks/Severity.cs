namespace Vigil.Core.Checks;

/// <summary>Ordered from least to most severe, so comparisons read naturally.</summary>
public enum Severity
{
    Informational = 0,
    Low = 1,
    Medium = 2,
    High = 3,
    Critical = 4,
}
