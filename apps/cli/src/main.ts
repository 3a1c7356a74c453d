// Entry point of the `kepu` command: registers each command group and runs.
import { Command } from 'commander';
import { registerStatsCommand } from './stats/stats.command.ts';

const program = new Command('kepu').description('Kepu 科普: citizen science literacy action plan platform');
registerStatsCommand(program);

await program.parseAsync(process.argv);
