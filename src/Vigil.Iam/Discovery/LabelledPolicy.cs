namespace Vigil.Iam.Discovery;

/// <summary>A policy of a request with the label the evaluator gives it in results.</summary>
internal readonly record struct LabelledPolicy(string Label, Policy Policy);
