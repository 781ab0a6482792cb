/**
 * Town seats of Chongming (the town government's location), WGS-84. Source: the project's
 * reference data `chongming-town-seats.csv` (BD-09 points converted with gcoord; five checked
 * against Wikipedia). 中兴镇 (310151109) has no open source and is left for staff to place.
 * No open town boundaries exist, so the offline map draws these points instead of an outline.
 */
export interface TownSeat {
  code: string;
  name: string;
  lng: number;
  lat: number;
}

export const TOWN_SEATS: readonly TownSeat[] = [
  { code: '310151101', name: '城桥镇', lng: 121.39335, lat: 31.62988 },
  { code: '310151102', name: '堡镇', lng: 121.61409, lat: 31.53871 },
  { code: '310151103', name: '新河镇', lng: 121.52017, lat: 31.58358 },
  { code: '310151104', name: '庙镇', lng: 121.26911, lat: 31.72584 },
  { code: '310151105', name: '竖新镇', lng: 121.57445, lat: 31.56651 },
  { code: '310151106', name: '向化镇', lng: 121.71915, lat: 31.52246 },
  { code: '310151107', name: '三星镇', lng: 121.28328, lat: 31.74517 },
  { code: '310151108', name: '港沿镇', lng: 121.6535, lat: 31.5913 },
  { code: '310151110', name: '陈家镇', lng: 121.8029, lat: 31.50078 },
  { code: '310151111', name: '绿华镇', lng: 121.21409, lat: 31.7641 },
  { code: '310151112', name: '港西镇', lng: 121.41153, lat: 31.68905 },
  { code: '310151113', name: '建设镇', lng: 121.45096, lat: 31.65642 },
  { code: '310151114', name: '新海镇', lng: 121.28866, lat: 31.81971 },
  { code: '310151115', name: '东平镇', lng: 121.53678, lat: 31.67751 },
  { code: '310151116', name: '长兴镇', lng: 121.68949, lat: 31.39144 },
  { code: '310151201', name: '新村乡', lng: 121.32826, lat: 31.83009 },
  { code: '310151202', name: '横沙乡', lng: 121.83761, lat: 31.34251 },
];
