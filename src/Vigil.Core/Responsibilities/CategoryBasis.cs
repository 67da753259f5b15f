namespace Vigil.Core.Responsibilities;

/// <summary>Why a service is in its category.</summary>
public enum CategoryBasis
{
    /// <summary>AWS names the service in that category (the 2016 whitepaper, Prescriptive Guidance or AWS training).</summary>
    AwsNamed,

    /// <summary>Vigil applied the whitepaper's definitions; AWS does not state it.</summary>
    Derived,
}
