using BenchmarkDotNet.Attributes;
using Vigil.Iam;

namespace Vigil.Benchmarks;

/// <summary>Compiled decisions over the corpus mix, one core: the floor is 500,000 decisions per second.</summary>
[MemoryDiagnoser]
public class IamEvaluationBenchmarks
{
    private IReadOnlyList<AuthorizationRequest> _requests = [];

    [GlobalSetup]
    public void Setup() => _requests = IamRequestMix.FromCorpus();

    [Benchmark(Description = "one decision (mean over the corpus mix)", OperationsPerInvoke = 343)]
    public int DecideCorpus()
    {
        var allowed = 0;
        for (var i = 0; i < 343; i++)
        {
            if (Evaluator.Evaluate(_requests[i % _requests.Count]).Decision == Decision.Allowed) allowed++;
        }
        return allowed;
    }
}
