namespace Vigil.Access.Can;

/// <summary>On which resources an action is allowed, as the JSON names it.</summary>
public static class CanScope
{
    /// <summary>On "*": every resource, except those listed as denied.</summary>
    public const string AllResources = "all-resources";

    /// <summary>Only on the resource patterns listed.</summary>
    public const string SomeResources = "some-resources";
}
