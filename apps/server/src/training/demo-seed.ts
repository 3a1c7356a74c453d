// Demo data of the training records: four courses of last year for Panjin, one per programme (teachers', cadres',
// high-quality farmers', workers'), each named 示例 and marked `demo` afterwards (markDemoRecords) with its sessions'
// ledger entries. None is in 大洼区 or 兴隆台区, whose demo figures other tests and journeys count exactly.
import type { KepuContext } from '@kepu/db';
import {
  addSession,
  addTrainee,
  type CourseBody,
  completeSession,
  createCourse,
  updateTrainee,
} from '@kepu/domain/training';

export async function seedTrainingDemo(ctx: KepuContext): Promise<void> {
  const y = ctx.clock.now().getUTCFullYear() - 1;
  const units = new Map((await ctx.stores.ind.listPlanUnits()).map((u) => [u.name, u.id]));
  const course = async (unit: string, body: Omit<CourseBody, 'organiserUnitId'>) => {
    const organiserUnitId = units.get(unit);
    return organiserUnitId ? createCourse(ctx, { ...body, organiserUnitId }) : undefined;
  };
  const held = async (courseId: number, startsOn: string, hours: number, place: string, online = false) => {
    const s = await addSession(ctx, courseId, {
      startsOn,
      endsOn: startsOn,
      hours,
      place,
      mode: online ? 'online' : 'offline',
    });
    await completeSession(ctx, s.id);
  };
  const none = { bySex: null, completedCount: null, topic: '' };

  const teachers = await course('市教育局', {
    ...none,
    title: '科技辅导员能力提升培训班（示例）',
    programme: 'teachers',
    taskNumber: 4,
    areaCode: '211100',
    topic: '科学探究课程设计与科技创新活动指导',
    targetGroup: 'youth',
    traineeMode: 'headcount',
    headcount: { public: 60 },
    completedCount: 58,
  });
  if (teachers) {
    await held(teachers.id, `${y}-07-10`, 6, '盘锦市教师进修学校');
    await held(teachers.id, `${y}-07-11`, 6, '盘锦市教师进修学校');
  }
  const cadres = await course('市委组织部', {
    ...none,
    title: '领导干部前沿科技知识专题培训（示例）',
    programme: 'cadres',
    taskNumber: 16,
    areaCode: '211100',
    topic: '人工智能与数字政府',
    targetGroup: 'officials',
    traineeMode: 'headcount',
    headcount: { officials: 120 },
    bySex: { male: 70, female: 50 },
    completedCount: 120,
  });
  if (cadres) await held(cadres.id, `${y}-05-20`, 3, '干部在线学习平台', true);
  const farmers = await course('市农业农村局', {
    ...none,
    title: '水稻种植与河蟹养殖技术培训班（示例）',
    programme: 'farmers',
    taskNumber: 11,
    areaCode: '211122',
    topic: '稻蟹共生种养技术',
    targetGroup: 'farmers',
    traineeMode: 'named',
    headcount: {},
  });
  if (farmers) {
    const names = ['王建国', '李秀兰', '刘长海', '赵玉梅'];
    for (const [i, name] of names.entries()) {
      const t = await addTrainee(ctx, farmers.id, {
        name,
        unit: '盘山县稻蟹种养合作社（示例）',
        phone: '',
        targetGroup: 'farmers',
        sex: i % 2 ? 'female' : 'male',
        consent: true,
      });
      if (i < 3) await updateTrainee(ctx, t.id, { completed: true, certificateNo: `PX-${y}-00${i + 1}` });
    }
    await held(farmers.id, `${y}-04-15`, 4, '盘山县农业技术推广中心');
    await held(farmers.id, `${y}-06-18`, 4, '盘山县坝墙子镇示范田');
  }
  const workers = await course('市总工会', {
    ...none,
    title: '石化行业职工技能提升培训（示例）',
    programme: 'workers',
    taskNumber: 8,
    areaCode: '211100',
    topic: '精细化工新工艺与安全生产',
    targetGroup: 'workers',
    traineeMode: 'headcount',
    headcount: { workers: 80 },
  });
  if (workers) {
    await held(workers.id, `${y}-09-08`, 8, '盘锦市职工培训基地');
    await addSession(ctx, workers.id, {
      startsOn: `${y}-11-20`,
      endsOn: `${y}-11-21`,
      hours: 12,
      place: '盘锦市职工培训基地',
      mode: 'offline',
    });
  }
}
