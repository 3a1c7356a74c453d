// Entry point of the `kepu` command: registers each command group and runs.
import { Command } from 'commander';
import { registerAreasCommand } from './areas.command.ts';
import { registerDbCommand } from './db.command.ts';
import { registerIndCommand } from './ind.command.ts';
import { registerPlanCommand } from './plan.command.ts';
import { registerServeCommand } from './serve.command.ts';
import { registerServicesCommand } from './services.command.ts';
import { registerStatsCommand } from './stats/stats.command.ts';
import { registerSurveyCommand } from './survey.command.ts';
import { registerUsersCommand } from './users.command.ts';

const program = new Command('kepu').description('Kepu 科普: citizen science literacy action plan platform');
registerServeCommand(program);
registerDbCommand(program);
registerPlanCommand(program);
registerUsersCommand(program);
registerStatsCommand(program);
registerIndCommand(program);
registerAreasCommand(program);
registerServicesCommand(program);
registerSurveyCommand(program);

await program.parseAsync(process.argv);
