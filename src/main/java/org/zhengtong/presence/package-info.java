/**
 * 外出登记: a person registers that she is out of the office (外出, 出差, 请假) — when she leaves, why, where, when
 * she expects to be back, how to reach her — and, naming a stand-in, her new tasks go to him through the workflow
 * kit's 代办 until she registers her return (返回登记), which gives back what is still open. Colleagues see who of
 * their department is out; 外出情况查询 shows leaders and department heads where their own staff are.
 */
@org.springframework.modulith.ApplicationModule(displayName = "外出登记")
package org.zhengtong.presence;
