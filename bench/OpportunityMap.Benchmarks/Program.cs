using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/OpportunityMap.Benchmarks -- --filter '*' --job short --inProcess
BenchmarkSwitcher.FromAssembly(typeof(OpportunityMap.Benchmarks.QueryBenchmarks).Assembly).Run(args);
