using System.CommandLine;

namespace Vigil.Cli.Commands;

/// <summary>The input options of CONTRACTS.md shared by commands that read an estate.</summary>
internal sealed class InputOptions
{
    public Option<bool> Demo { get; } = new("--demo") { Description = "Use the embedded demo estate (needs nothing else)." };

    public Argument<string[]> Paths { get; } = new("PATH")
    {
        Description = "Snapshot files (.json or .json.gz); other kinds are detected from their content.",
        Arity = ArgumentArity.ZeroOrMore,
    };

    public Option<string?> InputKind { get; } = new("--input-kind")
    {
        Description = "Override detection: snapshot|cloudformation|terraform-plan|iam-authorization-details|aws-config.",
    };

    public Option<string[]> Parameter { get; } = new("--parameter")
    {
        Description = "Infrastructure as code: a template parameter value, KEY=VALUE (repeatable; overrides the default).",
    };

    public Option<string?> Profile { get; } = new("--profile") { Description = "Live: the AWS profile to use." };
    public Option<string[]> Region { get; } = new("--region") { Description = "Live: a region to scan (repeatable; 'all' for every enabled region)." };
    public Option<string?> RoleArn { get; } = new("--role-arn") { Description = "Live: a role to assume before scanning." };
    public Option<string?> ExternalId { get; } = new("--external-id") { Description = "Live: the external id for --role-arn." };
    public Option<string?> EndpointUrl { get; } = new("--endpoint-url") { Description = "Live: send every request to this endpoint." };

    public Option<bool> Organization { get; } = new("--organization")
    {
        Description = "Live: scan every active account of the organization (run as its management account or a delegated administrator).",
    };

    public Option<string?> OrganizationRoleName { get; } = new("--org-role-name")
    {
        Description = "Live, with --organization: the role assumed in each account (default OrganizationAccountAccessRole).",
    };

    public Option<bool> Quiet { get; } = new("--quiet") { Description = "No progress on standard error." };

    public void AddTo(Command command)
    {
        command.Arguments.Add(Paths);
        command.Options.Add(Demo);
        command.Options.Add(InputKind);
        command.Options.Add(Parameter);
        AddLiveTo(command);
        Parameter.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
            {
                if (token.Value.IndexOf('=', StringComparison.Ordinal) <= 0) result.AddError($"--parameter '{token.Value}' is not KEY=VALUE.");
            }
        });
        Paths.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
            {
                if (token.Value.StartsWith('-')) result.AddError($"Unrecognized option '{token.Value}'.");
            }
        });
        InputKind.AcceptOnlyFromAmong(Inputs.InputKinds.All.ToArray());
    }

    /// <summary>Only the live options (vigil collect).</summary>
    public void AddLiveTo(Command command)
    {
        command.Options.Add(Quiet);
        command.Options.Add(Profile);
        command.Options.Add(Region);
        command.Options.Add(RoleArn);
        command.Options.Add(ExternalId);
        command.Options.Add(EndpointUrl);
        command.Options.Add(Organization);
        command.Options.Add(OrganizationRoleName);
    }

    public InputRequest Read(ParseResult parsed) =>
        ReadLive(parsed) with
        {
            Demo = parsed.GetValue(Demo),
            Paths = parsed.GetValue(Paths) ?? [],
            InputKind = parsed.GetValue(InputKind),
            Parameters = ParameterValues(parsed.GetValue(Parameter) ?? []),
        };

    private static Dictionary<string, string> ParameterValues(string[] pairs)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in pairs)
        {
            var split = pair.IndexOf('=', StringComparison.Ordinal);
            values[pair[..split]] = pair[(split + 1)..];
        }
        return values;
    }

    /// <summary>Only the live options (vigil collect): the request of a live read.</summary>
    public InputRequest ReadLive(ParseResult parsed) => new(
        false,
        [],
        null,
        parsed.GetValue(Profile),
        parsed.GetValue(Region) ?? [],
        parsed.GetValue(RoleArn),
        parsed.GetValue(EndpointUrl),
        parsed.GetValue(ExternalId),
        parsed.GetValue(Quiet),
        parsed.GetValue(Organization),
        parsed.GetValue(OrganizationRoleName));
}
