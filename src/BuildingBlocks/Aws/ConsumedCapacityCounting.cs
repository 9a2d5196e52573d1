using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Amazon.Runtime;
using Amazon.Runtime.Internal;

namespace CloudRetail.BuildingBlocks.Aws;

/// <summary>
/// For the bench only, with <see cref="AwsCallCounter"/>: asks DynamoDB for the capacity each call
/// consumes (ReturnConsumedCapacity TOTAL) and counts it beside the calls, as read and write
/// capacity units, the figures an order's cost is billed by (docs/performance.md, "The cost of an
/// order"). Reads and writes go by the operation, since TOTAL reports one number per table.
/// </summary>
internal static class ConsumedCapacityCounting
{
    public const string ReadUnits = "dynamodb-capacity read units";
    public const string WriteUnits = "dynamodb-capacity write units";

    /// <summary>Puts a step in front of the marshaller of every DynamoDB client made after this call.
    /// The SDK's customizer registry is process-wide, which the bench's one-client process is.</summary>
    public static void CountConsumedCapacity(AwsCallCounter counter)
    {
        var customizer = new CapacityCustomizer(counter);
        RuntimePipelineCustomizerRegistry.Instance.Deregister(customizer.UniqueName);
        RuntimePipelineCustomizerRegistry.Instance.Register(customizer);
    }

    private sealed class CapacityCustomizer(AwsCallCounter counter) : IRuntimePipelineCustomizer
    {
        public string UniqueName => "CloudRetail.ConsumedCapacityCounting";

        public void Customize(Type type, RuntimePipeline pipeline)
        {
            if (type == typeof(AmazonDynamoDBClient))
            {
                pipeline.AddHandlerBefore<Marshaller>(new CapacityHandler(counter));
            }
        }
    }

    private sealed class CapacityHandler(AwsCallCounter counter) : PipelineHandler
    {
        public override async Task<T> InvokeAsync<T>(IExecutionContext executionContext)
        {
            AskForCapacity(executionContext.RequestContext.OriginalRequest);
            var response = await base.InvokeAsync<T>(executionContext);
            if (executionContext.ResponseContext.Response is { } answer && Consumed(answer) is ({ } units, var write) && units > 0)
            {
                counter.Add(write ? WriteUnits : ReadUnits, units);
            }
            return response;
        }
    }

    private static void AskForCapacity(AmazonWebServiceRequest? request)
    {
        switch (request)
        {
            case GetItemRequest r: r.ReturnConsumedCapacity = ReturnConsumedCapacity.TOTAL; break;
            case BatchGetItemRequest r: r.ReturnConsumedCapacity = ReturnConsumedCapacity.TOTAL; break;
            case QueryRequest r: r.ReturnConsumedCapacity = ReturnConsumedCapacity.TOTAL; break;
            case ScanRequest r: r.ReturnConsumedCapacity = ReturnConsumedCapacity.TOTAL; break;
            case TransactGetItemsRequest r: r.ReturnConsumedCapacity = ReturnConsumedCapacity.TOTAL; break;
            case PutItemRequest r: r.ReturnConsumedCapacity = ReturnConsumedCapacity.TOTAL; break;
            case UpdateItemRequest r: r.ReturnConsumedCapacity = ReturnConsumedCapacity.TOTAL; break;
            case DeleteItemRequest r: r.ReturnConsumedCapacity = ReturnConsumedCapacity.TOTAL; break;
            case BatchWriteItemRequest r: r.ReturnConsumedCapacity = ReturnConsumedCapacity.TOTAL; break;
            case TransactWriteItemsRequest r: r.ReturnConsumedCapacity = ReturnConsumedCapacity.TOTAL; break;
        }
    }

    private static (double? Units, bool Write) Consumed(AmazonWebServiceResponse response) => response switch
    {
        GetItemResponse r => (Units(r.ConsumedCapacity), false),
        BatchGetItemResponse r => (Units(r.ConsumedCapacity), false),
        QueryResponse r => (Units(r.ConsumedCapacity), false),
        ScanResponse r => (Units(r.ConsumedCapacity), false),
        TransactGetItemsResponse r => (Units(r.ConsumedCapacity), false),
        PutItemResponse r => (Units(r.ConsumedCapacity), true),
        UpdateItemResponse r => (Units(r.ConsumedCapacity), true),
        DeleteItemResponse r => (Units(r.ConsumedCapacity), true),
        BatchWriteItemResponse r => (Units(r.ConsumedCapacity), true),
        TransactWriteItemsResponse r => (Units(r.ConsumedCapacity), true),
        _ => (null, false),
    };

    private static double? Units(ConsumedCapacity? capacity) => capacity?.CapacityUnits;

    private static double? Units(List<ConsumedCapacity>? capacities) => capacities?.Sum(c => c.CapacityUnits ?? 0);
}
