package org.zhengtong.petition.internal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;

/** 信访登记 as the page and the API post it; {@link PetitionService#register} checks it. */
public class PetitionForm {

    public static final String REQUEST_KIND = "petition.case";

    private Channel channel;
    private boolean groupVisit;
    @Min(value = 1, message = "{petition.validation.peopleCount}")
    @Max(value = 10000, message = "{petition.validation.peopleCount}")
    private Integer peopleCount = 1;
    @Size(max = Petition.MAX_NAME, message = "{validation.size}")
    private String name;
    @Size(max = 18, message = "{petition.error.idNumber}")
    private String idNumber;
    @Size(max = 20, message = "{petition.error.phone}")
    private String phone;
    @Size(max = Petition.MAX_ADDRESS, message = "{validation.size}")
    private String address;
    @Size(max = Matter.MAX_CODE, message = "{validation.size}")
    private String matterCode;
    @Size(max = Petition.MAX_SUMMARY, message = "{validation.size}")
    private String summary;
    @Size(max = Petition.MAX_CONTENT, message = "{validation.size}")
    private String content;
    @Size(max = Petition.MAX_PEOPLE, message = "{validation.size}")
    private String complainedPeople;
    private List<Long> complainedUnitIds = new ArrayList<>();
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate receivedOn;
    private Long parentId;

    public Channel getChannel() { return channel; }
    public void setChannel(Channel channel) { this.channel = channel; }
    public boolean isGroupVisit() { return groupVisit; }
    public void setGroupVisit(boolean groupVisit) { this.groupVisit = groupVisit; }
    public Integer getPeopleCount() { return peopleCount; }
    public void setPeopleCount(Integer peopleCount) { this.peopleCount = peopleCount; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getIdNumber() { return idNumber; }
    public void setIdNumber(String idNumber) { this.idNumber = idNumber; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public String getMatterCode() { return matterCode; }
    public void setMatterCode(String matterCode) { this.matterCode = matterCode; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public String getContent() { return content; }
    public void setContent(String content) { this.content = content; }
    public String getComplainedPeople() { return complainedPeople; }
    public void setComplainedPeople(String complainedPeople) { this.complainedPeople = complainedPeople; }
    public List<Long> getComplainedUnitIds() { return complainedUnitIds; }
    public void setComplainedUnitIds(List<Long> complainedUnitIds) {
        this.complainedUnitIds = complainedUnitIds == null ? new ArrayList<>() : complainedUnitIds;
    }
    public LocalDate getReceivedOn() { return receivedOn; }
    public void setReceivedOn(LocalDate receivedOn) { this.receivedOn = receivedOn; }
    public Long getParentId() { return parentId; }
    public void setParentId(Long parentId) { this.parentId = parentId; }
}
