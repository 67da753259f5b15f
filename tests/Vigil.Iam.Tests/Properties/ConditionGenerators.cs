using CsCheck;

namespace Vigil.Iam.Tests.Properties;

/// <summary>CsCheck generators for clauses of every operator, with IfExists and set modifiers, and contexts for them.</summary>
internal static class ConditionGenerators
{
    private static readonly ConditionKeyChoice[] ContextKeys =
        [.. ConditionVocabulary.Families.SelectMany(f => f.Keys).Concat(ConditionVocabulary.VariableKeys).Where(k => k.ContextValues.Length > 0).DistinctBy(k => k.Key)];

    public static readonly Gen<GeneratedCondition> Clause =
        from family in Gen.OneOf(ConditionVocabulary.Families)
        from op in Gen.OneOf(family.Operators)
        from key in Gen.OneOf(family.Keys)
        from ifExists in Gen.Int[0, 3].Select(n => n == 0 && op != "Null")
        from set in Gen.Frequency((14, Gen.Const("")), (3, Gen.Const("ForAllValues:")), (3, Gen.Const("ForAnyValue:")))
        from operands in Gen.OneOf(key.Operands).Array[1, op == "Null" ? 1 : 3]
        select new GeneratedCondition(
            op == "Null" ? op : set + op + (ifExists ? "IfExists" : ""),
            key.Key,
            operands.Distinct().ToList());

    /// <summary>Each key absent a third of the time, otherwise one of its value lists (which may be empty).</summary>
    public static readonly Gen<Dictionary<string, IReadOnlyList<string>>> Context =
        Gen.Int[0, 1 << 20].Array[ContextKeys.Length].Select(picks =>
        {
            var context = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
            for (var i = 0; i < picks.Length; i++)
            {
                var choice = ContextKeys[i];
                var pick = picks[i] % (choice.ContextValues.Length + (choice.ContextValues.Length + 1) / 2);
                if (pick < choice.ContextValues.Length) context[choice.Key] = choice.ContextValues[pick];
            }

            return context;
        });

    public static readonly Gen<IReadOnlyList<GeneratedCondition>> Clauses =
        Clause.Array[1, 3].Select(clauses => (IReadOnlyList<GeneratedCondition>)clauses.DistinctBy(c => (c.Operator, c.Key)).ToList());
}
