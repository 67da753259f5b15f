namespace Vigil.Aws.Tests.Collectors.Iam;

/// <summary>One request the fake AWS answered: which operation it was (from the signing scope and the protocol's
/// operation marker) and what it carried.</summary>
internal sealed record FakeAwsCall(string Service, string Region, string Operation, string Method, Uri Uri, string Body)
{
    public string Key => $"{Service}:{Operation}";
}
