using System.Collections.Concurrent;
using Vigil.Iam;

namespace Vigil.Access.Privesc;

/// <summary>Technique 10: create a role whose trust policy admits the actor, give it administrator permissions (attach
/// AdministratorAccess or write an inline policy) and assume it.</summary>
internal static class CreateRoleGrant
{
    private static readonly ConcurrentDictionary<string, Policy> Trusts = new(StringComparer.Ordinal);

    public static PrivescStep? TryCreate(PrivescEstate estate, Actor x)
    {
        if (!x.MayAllow("iam:CreateRole") || !x.MayAllow("sts:AssumeRole") || !(x.MayAllow("iam:AttachRolePolicy") || x.MayAllow("iam:PutRolePolicy"))) return null;
        foreach (var (_, name) in ResourceNames.For(x, estate.Region))
        {
            var arn = $"arn:aws:iam::{x.AccountId}:role/{name}";
            if (estate.Probe.Allowed(x, "iam:CreateRole", arn, x.AccountId) is not { } create) continue;
            var grant = estate.Probe.Allowed(x, "iam:AttachRolePolicy", arn, x.AccountId, new Dictionary<string, string> { ["iam:PolicyARN"] = AdminProbe.AdministratorAccessArn })
                ?? estate.Probe.Allowed(x, "iam:PutRolePolicy", arn, x.AccountId);
            if (grant is null) continue;
            var trust = Trusts.GetOrAdd(x.Arn, a => Policy.Parse(
                $$"""{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"{{a}}"},"Action":"sts:AssumeRole"}]}""",
                "trust policy written by the attacker"));
            if (estate.Probe.Allowed(x, "sts:AssumeRole", arn, x.AccountId, resourcePolicy: trust) is not { } assume) continue;
            if (!estate.NewRoleWouldBeAdmin(x)) return null;
            return new PrivescStep
            {
                From = x.Arn, To = arn, Technique = Techniques.CreateAdminRole, GrantsAdmin = true, Permissions = [create, grant, assume],
                Detail = $"a new role {name} trusting {x.Principal.Name} is created, given administrator permissions and assumed",
            };
        }
        return null;
    }
}
