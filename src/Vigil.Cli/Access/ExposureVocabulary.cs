using Vigil.Access.Exposure;

namespace Vigil.Cli.Access;

/// <summary>The words the exposure outputs use for labels and kinds of party (docs/access-exposure.md).</summary>
internal static class ExposureVocabulary
{
    public static string Label(ExposureLabel label) => label switch
    {
        ExposureLabel.Public => "public",
        ExposureLabel.External => "external",
        ExposureLabel.Organization => "organization",
        _ => "trusted",
    };

    public static string ReachedBy(ReachedBy reachedBy) => reachedBy switch
    {
        Vigil.Access.Exposure.ReachedBy.Anyone => "anyone",
        Vigil.Access.Exposure.ReachedBy.AnyAwsPrincipal => "any-aws-principal",
        Vigil.Access.Exposure.ReachedBy.Account => "account",
        Vigil.Access.Exposure.ReachedBy.Federated => "federated",
        _ => "service",
    };
}
