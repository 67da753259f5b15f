using Vigil.Core.Model;
using Vigil.Importers.Terraform;
using Vigil.Testing;

namespace Vigil.Importers.Tests.Terraform;

/// <summary>A small plan written for one test: root-module resources given as (type, name, values, after_unknown,
/// expressions) JSON fragments, laid out as terraform show -json lays them out.</summary>
internal static class InlinePlan
{
    public static async Task<Snapshot> ImportAsync(params (string Type, string Name, string Values, string Unknown, string Expressions)[] resources)
    {
        using var dir = new TempDirectory();
        var planned = string.Join(",", resources.Select(r =>
            $$$$"""{"address":"{{{{r.Type}}}}.{{{{r.Name}}}}","mode":"managed","type":"{{{{r.Type}}}}","name":"{{{{r.Name}}}}","provider_name":"registry.terraform.io/hashicorp/aws","schema_version":0,"values":{{{{r.Values}}}},"sensitive_values":{}}"""));
        var changes = string.Join(",", resources.Select(r =>
            $$$$"""{"address":"{{{{r.Type}}}}.{{{{r.Name}}}}","mode":"managed","type":"{{{{r.Type}}}}","name":"{{{{r.Name}}}}","change":{"actions":["create"],"before":null,"after":{{{{r.Values}}}},"after_unknown":{{{{r.Unknown}}}}}}"""));
        var config = string.Join(",", resources.Select(r =>
            $$$$"""{"address":"{{{{r.Type}}}}.{{{{r.Name}}}}","mode":"managed","type":"{{{{r.Type}}}}","name":"{{{{r.Name}}}}","provider_config_key":"aws","expressions":{{{{r.Expressions}}}}}"""));
        var path = dir.File("plan.json",
            $$$$"""{"format_version":"1.2","terraform_version":"1.9.5","planned_values":{"root_module":{"resources":[{{{{planned}}}}]}},"resource_changes":[{{{{changes}}}}],"configuration":{"root_module":{"resources":[{{{{config}}}}]}}}""");
        return await new TerraformPlanImporter().ImportAsync(path, new ImportOptions(), CancellationToken.None);
    }
}
