using Vigil.Core.Model.Lambda;

namespace Vigil.Demo.Parts;

/// <summary>Acme's Lambda layers. Production publishes its observability layer to the whole organization and keeps
/// older versions private; the PDF renderer layer was shared with the partner Northwind for a joint pilot and never
/// unshared; a data-science layer in development was shared with every AWS account to make a conference demo work.</summary>
internal sealed class LambdaLayerPart : IDemoPart
{
    private const string PublicCheck = "lambda-layer-version-not-public";
    private const string ForeignCheck = "lambda-layer-version-no-foreign-account-access";

    public void Build(DemoEstateBuilder demo)
    {
        const string prod = DemoAccounts.Prod, dev = DemoAccounts.Dev;
        const string use1 = DemoAccounts.UsEast1, euw1 = DemoAccounts.EuWest1;

        Layer(demo, prod, use1, "acme-observability", 6, "Powertools, OpenTelemetry exporter and log formatter", ["python3.12", "python3.13"], sharing: null);
        Layer(demo, prod, use1, "acme-observability", 7, "Powertools, OpenTelemetry exporter and log formatter", ["python3.12", "python3.13"],
            sharing: arn => Share(arn, "acme-organization", "\"*\"", $$$"""{"StringEquals":{"aws:PrincipalOrgID":"{{{DemoOutsideAccounts.Organization}}}"}}"""));
        Layer(demo, prod, euw1, "acme-observability", 7, "Powertools, OpenTelemetry exporter and log formatter", ["python3.12", "python3.13"],
            sharing: arn => Share(arn, "dev-account", $$"""{"AWS":"arn:aws:iam::{{dev}}:root"}""", null));
        var renderer = Layer(demo, prod, euw1, "pdf-renderer", 3, "Headless Chromium and fonts for invoice PDFs", ["nodejs20.x", "nodejs22.x"],
            sharing: arn => Share(arn, "northwind-pilot", $$"""{"AWS":"arn:aws:iam::{{DemoOutsideAccounts.Partner}}:root"}""", null));
        demo.Weakness(ForeignCheck, renderer,
            "The invoice PDF renderer layer, with Acme's licensed fonts and templates, is still shared with Northwind's whole account two years after the joint pilot ended.");
        var dataScience = Layer(demo, dev, use1, "pandas-numpy-sklearn", 2, "Data science stack for notebooks-as-functions", ["python3.12"],
            sharing: arn => Share(arn, "conference-demo", "\"*\"", null));
        demo.Weakness(PublicCheck, dataScience,
            "The dev data-science layer was shared with every AWS account for a conference demo; it bundles a config file with the internal package index URL and its read token.");
        Layer(demo, dev, use1, "shared-utils", 1, "Internal helpers for development functions", ["python3.12", "nodejs22.x"], sharing: null);
    }

    /// <summary>Adds a layer version and returns its ARN; <paramref name="sharing"/> writes its policy from the ARN.</summary>
    private static string Layer(DemoEstateBuilder demo, string accountId, string region, string name, long version, string description,
        IReadOnlyList<string> runtimes, Func<string, string>? sharing)
    {
        var arn = $"arn:aws:lambda:{region}:{accountId}:layer:{name}:{version}";
        demo.Add(new LambdaLayerVersion
        {
            Arn = arn,
            Name = $"{name}:{version}",
            AccountId = accountId,
            Region = region,
            LayerName = name,
            Version = version,
            Description = description,
            CompatibleRuntimes = runtimes,
            CompatibleArchitectures = ["x86_64", "arm64"],
            CreatedDate = demo.Now.AddDays(-(name.Length * 11 % 300 + 20 * (8 - version))),
            LicenseInfo = "Proprietary",
            Policy = sharing?.Invoke(arn),
        });
        return arn;
    }

    /// <summary>A layer version policy as AddLayerVersionPermission writes it.</summary>
    private static string Share(string arn, string statementId, string principal, string? condition) =>
        $$"""{"Version":"2012-10-17","Id":"default","Statement":[{"Sid":"{{statementId}}","Effect":"Allow","Principal":{{principal}},"Action":"lambda:GetLayerVersion","Resource":"{{arn}}"{{(condition is null ? "" : ",\"Condition\":" + condition)}}}]}""";
}
