using Vigil.Core.Model.Ec2;

namespace Vigil.Access.Privesc;

/// <summary>Techniques 36–51: taking over a resource that already runs as a role — a Lambda function of the snapshot,
/// an EC2 instance of the snapshot with an instance profile, or (only when assumed) a resource of a type the snapshot
/// does not collect.</summary>
internal static class TakeoverEdges
{
    private static readonly (string[] Actions, Technique Technique, bool NeedsRunning)[] InstanceTechniques =
    [
        (["ssm:SendCommand"], Techniques.SsmSendCommand, true),
        (["ssm:StartSession"], Techniques.SsmStartSession, true),
        (["ec2-instance-connect:SendSSHPublicKey"], Techniques.Ec2InstanceConnect, true),
        (["ec2:ModifyInstanceAttribute", "ec2:StopInstances", "ec2:StartInstances"], Techniques.Ec2UserData, false),
    ];

    public static void Find(PrivescEstate estate, Actor x, Func<Actor, bool> worth, List<PrivescStep> steps)
    {
        Functions(estate, x, worth, steps);
        Instances(estate, x, worth, steps);
        if (estate.Options.AssumeUncollectedResources) Uncollected(estate, x, worth, steps);
    }

    private static void Functions(PrivescEstate estate, Actor x, Func<Actor, bool> worth, List<PrivescStep> steps)
    {
        var code = x.MayAllow("lambda:UpdateFunctionCode");
        var configuration = x.MayAllow("lambda:UpdateFunctionConfiguration");
        if (!code && !configuration) return;
        var reached = new HashSet<int>();
        foreach (var function in estate.FunctionsReachableFrom(x.AccountId))
        {
            var t = estate.ByArn[function.RoleArn!];
            if (t == x || reached.Contains(t.Index) || !worth(t)) continue;
            var policy = function.Policy is { } document ? estate.Compile(document, PrivescEstate.FunctionPolicyLabel(function)) : null;
            foreach (var (action, technique, enabled) in new[] { ("lambda:UpdateFunctionCode", Techniques.LambdaUpdateCode, code), ("lambda:UpdateFunctionConfiguration", Techniques.LambdaUpdateConfiguration, configuration) })
            {
                if (!enabled) continue;
                if (estate.Probe.Allowed(x, action, function.Arn, function.AccountId, resourcePolicy: policy, resourceTags: function.Tags) is not { } granted) continue;
                steps.Add(new PrivescStep { From = x.Arn, To = t.Arn, Technique = technique, Permissions = [granted], Detail = $"function {function.Name} runs as {t.Principal.Name}" });
                reached.Add(t.Index);
                break;
            }
        }
    }

    private static void Instances(PrivescEstate estate, Actor x, Func<Actor, bool> worth, List<PrivescStep> steps)
    {
        var usable = InstanceTechniques.Where(t => t.Actions.All(x.MayAllow)).ToList();
        if (usable.Count == 0) return;
        var reached = new HashSet<int>();
        foreach (var instance in estate.InstancesIn(x.AccountId))
        {
            foreach (var roleArn in estate.ProfileRoles[instance.IamInstanceProfileArn!])
            {
                if (!estate.ByArn.TryGetValue(roleArn, out var t) || t == x || reached.Contains(t.Index) || !worth(t)) continue;
                foreach (var (actions, technique, needsRunning) in usable)
                {
                    if (needsRunning && !instance.IsRunning) continue;
                    if (InstancePermissions(estate, x, instance, actions) is not { } granted) continue;
                    steps.Add(new PrivescStep
                    {
                        From = x.Arn, To = t.Arn, Technique = technique, Permissions = granted,
                        Detail = $"instance {instance.InstanceId} ({instance.State}) has instance profile {instance.IamInstanceProfileArn}, which holds {t.Principal.Name}",
                    });
                    reached.Add(t.Index);
                    break;
                }
            }
        }
    }

    private static List<GrantedPermission>? InstancePermissions(PrivescEstate estate, Actor x, Ec2Instance instance, string[] actions)
    {
        var granted = new List<GrantedPermission>();
        var region = instance.Region ?? estate.Region;
        foreach (var action in actions)
        {
            if (estate.Probe.Allowed(x, action, instance.Arn, instance.AccountId, resourceTags: instance.Tags) is not { } permission) return null;
            granted.Add(permission);
        }
        if (actions[0] == "ssm:SendCommand")
        {
            if (estate.Probe.Allowed(x, "ssm:SendCommand", $"arn:aws:ssm:{region}::document/AWS-RunShellScript", instance.AccountId) is not { } document) return null;
            granted.Add(document);
        }
        return granted;
    }

    private static void Uncollected(PrivescEstate estate, Actor x, Func<Actor, bool> worth, List<PrivescStep> steps)
    {
        foreach (var takeover in TechniqueTable.Uncollected)
        {
            if (!takeover.Alternatives.Any(alt => alt.All(a => x.MayAllow(a.Action)))) continue;
            List<GrantedPermission>? granted = null;
            var known = false;
            foreach (var trust in estate.TrustsOfServiceIn(takeover.ServicePrincipal, x.AccountId))
            {
                var t = trust.Role;
                if (t == x || !worth(t)) continue;
                if (!known)
                {
                    granted = AlternativeProbe.FirstAllowed(estate, x, takeover.Alternatives);
                    known = true;
                }
                if (granted is null) break;
                steps.Add(new PrivescStep
                {
                    From = x.Arn, To = t.Arn, Technique = takeover.Technique, Permissions = granted,
                    Detail = $"assumed: the snapshot does not collect {takeover.ResourceKind}; one may run as {t.Principal.Name}, which trusts {takeover.ServicePrincipal}",
                });
            }
        }
    }
}
