namespace Vigil.Iam.Tests.Properties;

/// <summary>The request a case's policies are generated for, so that statements name it often enough to decide it.</summary>
internal sealed record CaseTarget(string Principal, string Action, string Resource);
