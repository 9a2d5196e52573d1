using Amazon.DynamoDBv2.Model;

namespace CloudRetail.ArchitectureTests;

public sealed class ModuleBoundaryTests
{
    public static TheoryData<string> ModuleNames()
    {
        var names = new TheoryData<string>();
        foreach (var module in ModuleRules.Modules())
        {
            names.Add(module.GetName().Name!);
        }
        return names;
    }

    [Fact]
    public void The_host_composes_the_shop_modules()
    {
        var names = ModuleRules.Modules().Select(m => m.GetName().Name).ToList();

        Assert.Contains("CloudRetail.Catalog", names);
        Assert.Contains("CloudRetail.Inventory", names);
        Assert.Contains("CloudRetail.Health", names);
    }

    [Theory]
    [MemberData(nameof(ModuleNames))]
    public void A_module_opens_its_internals_to_its_own_tests_only(string moduleName)
    {
        Assert.Empty(ModuleRules.InternalsOpenedToOtherModules(Load(moduleName)));
    }

    [Theory]
    [MemberData(nameof(ModuleNames))]
    public void A_module_is_public_only_in_its_contract_namespace(string moduleName)
    {
        Assert.Empty(ModuleRules.PublicTypesOutsideTheContract(Load(moduleName)));
    }

    [Theory]
    [MemberData(nameof(ModuleNames))]
    public void No_aws_sdk_type_appears_in_a_module_contract(string moduleName)
    {
        Assert.Empty(ModuleRules.AwsTypesInPublicContract(Load(moduleName).GetExportedTypes()));
    }

    [Fact]
    public void The_aws_rule_catches_a_contract_that_leaks_an_sdk_type()
    {
        var violations = ModuleRules.AwsTypesInPublicContract([typeof(ILeakyContract), typeof(ICleanContract)]).ToList();

        Assert.Equal(3, violations.Count);
        Assert.All(violations, v => Assert.Contains(nameof(ILeakyContract), v, StringComparison.Ordinal));
    }

    [Fact]
    public void The_namespace_rule_catches_a_public_type_outside_the_contract()
    {
        var violations = ModuleRules.PublicTypesOutsideTheContract(typeof(ILeakyContract).Assembly).ToList();

        Assert.Equal([$"{typeof(Persistence.PublicTableAccess).FullName} is public outside the contract namespace CloudRetail.ArchitectureTests"], violations);
    }

    [Fact]
    public void The_internals_rule_catches_a_module_opened_to_another_module()
    {
        var opened = ModuleRules.InternalsOpenedToOtherModules(typeof(ILeakyContract).Assembly).ToList();

        Assert.Contains(opened, v => v.EndsWith("CloudRetail.Orders", StringComparison.Ordinal));
    }

    private static System.Reflection.Assembly Load(string name) => ModuleRules.Modules().Single(m => m.GetName().Name == name);
}

public interface ILeakyContract
{
    AttributeValue Value { get; }

    Task<QueryResponse> FindAsync(string id);

    void Save(Dictionary<string, AttributeValue> item);
}

public interface ICleanContract
{
    Task<string?> FindAsync(string id);
}
