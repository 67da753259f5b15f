using Vigil.Core.Model.Lambda;
using Vigil.Iam;

namespace Vigil.Access.Privesc;

/// <summary>The functions another account's principals could be allowed to change: a cross-account request needs the
/// function's resource policy to allow the caller, which only a Principal naming the caller's account (or one of its
/// principals) or an open grant ("*", NotPrincipal) can. Indexed once so that a principal is not tried against every
/// function of the estate.</summary>
internal sealed class ForeignFunctions
{
    private readonly List<(int Position, LambdaFunction Function)> _open = [];
    private readonly Dictionary<string, List<(int Position, LambdaFunction Function)>> _naming = new(StringComparer.Ordinal);

    public ForeignFunctions(IEnumerable<LambdaFunction> functions, Func<LambdaFunction, Policy?> policyOf)
    {
        var position = 0;
        foreach (var function in functions)
        {
            position++;
            if (function.Policy is null || policyOf(function) is not { } policy) continue;
            var mentions = PolicyMentions.Of(policy);
            if (mentions.HasOpenAllow) _open.Add((position, function));
            foreach (var account in mentions.PrincipalAccounts.Distinct(StringComparer.Ordinal))
            {
                if (account == function.AccountId) continue;
                if (!_naming.TryGetValue(account, out var list)) _naming[account] = list = [];
                list.Add((position, function));
            }
        }
    }

    /// <summary>Functions of other accounts whose policy could allow a principal of <paramref name="accountId"/>, in snapshot order.</summary>
    public IEnumerable<LambdaFunction> For(string accountId) =>
        _open.Where(f => f.Function.AccountId != accountId)
            .Concat(_naming.GetValueOrDefault(accountId) ?? [])
            .DistinctBy(f => f.Position)
            .OrderBy(f => f.Position)
            .Select(f => f.Function);
}
