using Vigil.Iam.Evaluation;

namespace Vigil.Iam.Policies;

/// <summary>A Principal or NotPrincipal element: "*", AWS accounts and ARNs, Service, Federated and CanonicalUser values.</summary>
internal sealed class PrincipalMatcher
{
    private SmallStringSet _accounts = new(StringComparer.Ordinal);
    private SmallStringSet _arns = new(StringComparer.Ordinal);
    private SmallStringSet _roleKeys = new(StringComparer.Ordinal);
    private SmallStringSet _services = new(StringComparer.OrdinalIgnoreCase);
    private SmallStringSet _others = new(StringComparer.Ordinal);

    public bool Any { get; private set; }

    public void AddAws(string value)
    {
        if (value == "*")
        {
            Any = true;
            return;
        }

        if (Arn.IsAccountId(value))
        {
            _accounts.Add(value);
            return;
        }

        if (value.StartsWith("arn:", StringComparison.Ordinal))
        {
            var account = Arn.Field(value, 4);
            var resource = Arn.Field(value, 5);
            if (resource.SequenceEqual("root") && account.Length > 0)
            {
                _accounts.Add(account.ToString());
                return;
            }

            if (Arn.Field(value, 2).SequenceEqual("iam") && resource.StartsWith("role/"))
            {
                _roleKeys.Add(PrincipalInfo.RoleKeyOf(account, PrincipalInfo.LastSegment(resource)));
            }
        }

        _arns.Add(value);
    }

    public void AddService(string value)
    {
        if (value == "*") Any = true;
        else _services.Add(value);
    }

    public void AddOther(string value)
    {
        if (value == "*") Any = true;
        else _others.Add(value);
    }

    /// <summary>How a Principal element names the caller.</summary>
    public PrincipalLevel Match(PrincipalInfo principal)
    {
        // "*" names every principal directly, every session of a role included (a role caller stands for its sessions).
        if (Any) return PrincipalLevel.Direct;
        switch (principal.Kind)
        {
            case PrincipalKind.Anonymous:
                return PrincipalLevel.None;
            case PrincipalKind.Service:
                return _services.Contains(principal.Value) || _others.Contains(principal.Value) ? PrincipalLevel.Direct : PrincipalLevel.None;
            case PrincipalKind.Role:
                if (_arns.Contains(principal.Value) || _roleKeys.Contains(principal.RoleKey!)) return PrincipalLevel.Role;
                break;
            case PrincipalKind.RoleSession:
                if (_arns.Contains(principal.Value)) return PrincipalLevel.Direct;
                if (_roleKeys.Contains(principal.RoleKey!)) return PrincipalLevel.Role;
                break;
            default:
                if (_arns.Contains(principal.Value) || _others.Contains(principal.Value)) return PrincipalLevel.Direct;
                break;
        }

        return principal.Account is not null && _accounts.Contains(principal.Account) ? PrincipalLevel.Account : PrincipalLevel.None;
    }

    /// <summary>Whether a NotPrincipal element excludes the caller: only when every identity that makes up the caller is listed.</summary>
    public bool Excludes(PrincipalInfo principal)
    {
        if (Any) return true;
        var account = principal.Account is not null && _accounts.Contains(principal.Account);
        return principal.Kind switch
        {
            PrincipalKind.Anonymous => false,
            PrincipalKind.Service => _services.Contains(principal.Value),
            PrincipalKind.AccountRoot => account,
            PrincipalKind.Role => account && (_arns.Contains(principal.Value) || _roleKeys.Contains(principal.RoleKey!)),
            PrincipalKind.RoleSession => account && _arns.Contains(principal.Value) && _roleKeys.Contains(principal.RoleKey!),
            PrincipalKind.Other => _arns.Contains(principal.Value) || _others.Contains(principal.Value) || (principal.Account == principal.Value && account),
            _ => account && _arns.Contains(principal.Value),
        };
    }
}
