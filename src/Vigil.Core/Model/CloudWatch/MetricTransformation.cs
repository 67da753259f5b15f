namespace Vigil.Core.Model.CloudWatch;

public sealed record MetricTransformation(string MetricName, string MetricNamespace);
