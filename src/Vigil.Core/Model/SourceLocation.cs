namespace Vigil.Core.Model;

/// <summary>The file and line (or module address) where an infrastructure-as-code input declared a resource.</summary>
public sealed record SourceLocation(string File, int? Line = null, string? Address = null);
