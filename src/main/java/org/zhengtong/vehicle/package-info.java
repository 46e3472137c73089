/**
 * 车辆管理: a unit's cars and drivers, kept by its fleet managers ({@code VEHICLE_MANAGE}) with the due dates of
 * maintenance, insurance and annual inspection (reminded before they fall due); 用车申请 approved on the workflow
 * engine (a process each unit may design), 派车 of a car and a driver that never clash, the trip's mileage and fuel as
 * the driver records it, and the month's use per car, driver and department as a report and an Excel workbook.
 */
@org.springframework.modulith.ApplicationModule(displayName = "车辆管理")
package org.zhengtong.vehicle;
