namespace Vigil.Importers.Terraform.Plan;

/// <summary>What a plan says about one attribute of a planned resource.</summary>
internal enum PlanValueKind
{
    /// <summary>The configuration does not set it: the provider's (and AWS's) default applies.</summary>
    Absent,

    /// <summary>The plan records its value.</summary>
    Known,

    /// <summary>Only known after apply, and not tied to another planned resource.</summary>
    Unknown,

    /// <summary>Only known after apply, but the configuration sets it to (an attribute of) another planned resource.</summary>
    Reference,
}
