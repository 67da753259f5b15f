namespace Vigil.Iam.Tests.Properties;

/// <summary>The places in a request where a policy can stand.</summary>
internal enum PolicyKind
{
    Identity,
    Resource,
    Boundary,
    Session,
    Scp,
    Rcp,
}
